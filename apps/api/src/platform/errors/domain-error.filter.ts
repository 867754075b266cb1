import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from './domain-error.js';

/**
 * Domain errors are expected answers (a wrong password, a missing post), not
 * failures: hand them to the GraphQL error formatter as they are, without
 * Nest logging each one as an error with a stack trace.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
