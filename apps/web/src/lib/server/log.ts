type Level = 'info' | 'warn' | 'error';

/**
 * One JSON line per event on stdout/stderr, with the request id so a line can
 * be matched with the API's logs. Never pass form values: they hold passwords.
 */
function write(level: Level, message: string, fields: Record<string, unknown>): void {
  const line = JSON.stringify({
    level,
    time: new Date().toISOString(),
    name: 'web',
    msg: message,
    ...fields,
  });
  if (level === 'info') console.log(line);
  else console.error(line);
}

export const logger = {
  info: (message: string, fields: Record<string, unknown> = {}) => write('info', message, fields),
  warn: (message: string, fields: Record<string, unknown> = {}) => write('warn', message, fields),
  error: (message: string, fields: Record<string, unknown> = {}) => write('error', message, fields),
};
