import { createHash, randomBytes } from 'node:crypto';
import { parse as parseCookies } from 'cookie';
import type { CookieOptions, Response } from 'express';

export const SESSION_COOKIE = 'sebaya_session';

/** 256 random bits, URL-safe. The token itself is never stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** The token from `Authorization: Bearer …` or, failing that, the session cookie. */
export function sessionTokenFrom(headers: { authorization?: string; cookie?: string }): string | undefined {
  const bearer = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1];
  if (bearer) return bearer;
  return headers.cookie ? parseCookies(headers.cookie)[SESSION_COOKIE] : undefined;
}

function cookieOptions(secure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/' };
}

export function setSessionCookie(res: Response, token: string, expiresAt: Date, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, { ...cookieOptions(secure), expires: expiresAt });
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, cookieOptions(secure));
}
