import { createHash, randomBytes } from 'node:crypto';
import { parse as parseCookies, serialize as serializeCookie, type SerializeOptions } from 'cookie';
import type { FastifyReply } from 'fastify';

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

/** Writes the session cookie; an empty value that expired at the epoch clears it. */
function writeSessionCookie(reply: FastifyReply, value: string, expires: Date, secure: boolean): void {
  const options: SerializeOptions = { httpOnly: true, sameSite: 'lax', secure, path: '/', expires };
  reply.header('set-cookie', serializeCookie(SESSION_COOKIE, value, options));
}

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean): void {
  writeSessionCookie(reply, token, expiresAt, secure);
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  writeSessionCookie(reply, '', new Date(0), secure);
}
