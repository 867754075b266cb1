import { Algorithm, hash, verify } from '@node-rs/argon2';
import { Injectable } from '@nestjs/common';

/** argon2id at OWASP's minimum parameters: 19 MiB of memory, 2 iterations, 1 lane. */
export const ARGON2_PARAMETERS = {
  algorithm: Algorithm.Argon2id,
  memoryCost: 19 * 1024,
  timeCost: 2,
  parallelism: 1,
} as const;

@Injectable()
export class PasswordHasher {
  /** Verified against when the email is unknown, so both failures cost the same time. */
  private readonly decoyHash = hash('sebaya-decoy-password', ARGON2_PARAMETERS);

  hash(password: string): Promise<string> {
    return hash(password, ARGON2_PARAMETERS);
  }

  async verify(storedHash: string | undefined, password: string): Promise<boolean> {
    const ok = await verify(storedHash ?? (await this.decoyHash), password);
    return storedHash !== undefined && ok;
  }
}
