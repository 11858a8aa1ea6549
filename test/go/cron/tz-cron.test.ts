import { describe, expect, test } from 'vitest';
import { cronProblem, cronSpecProblem } from '../../../src/go/cron/cron.js';
import { isTimeZone, timeZoneProblem } from '../../../src/go/time/zone.js';

describe('H-TZ', () => {
  test.each(['UTC', 'Local', 'Europe/Berlin', 'America/Argentina/Buenos_Aires', 'US/Eastern', 'EST', 'Etc/GMT+5', 'GMT', 'Factory'])(
    'H-TZ: %s is a known zone or link',
    (tz) => expect(isTimeZone(tz)).toBe(true),
  );

  test.each(['Mars/Olympus', 'europe/berlin', 'US', 'Etc/GMT+15', 'utc', 'Europe/Berlin ', 'Europe'])('H-TZ: %j is unknown', (tz) =>
    expect(timeZoneProblem(tz)).toBe(`unknown time zone ${tz}`),
  );

  test.each(['../etc/passwd', 'Europe/..', '/etc/localtime', '\\x'])('H-TZ: %j is refused as a location name', (tz) =>
    expect(timeZoneProblem(tz)).toBe('time: invalid location name'),
  );

  test('H-TZ: every canonical zone the JavaScript runtime knows is in the list', () => {
    const missing = Intl.supportedValuesOf('timeZone').filter((tz) => !isTimeZone(tz));
    expect(missing).toEqual([]);
  });
});

describe('H-CRON', () => {
  test.each([
    '* * * * *',
    '0 0 * * *',
    '*/5 1-5 1,15 jan-mar MON-fri',
    '0 0 ? * 0',
    '5/10 * * * *',
    '0 0 31 12 6',
    '@daily',
    '@every 1h30m',
    'TZ=UTC 0 0 * * *',
    'CRON_TZ=Europe/Berlin   0 0 * * *',
    'CRON_TZ= 0 0 * * *',
    '0,,5 * * * *',
    '*-9 * * * *',
    '+5 * * * *',
  ])('H-CRON: %j is valid', (spec) => expect(cronSpecProblem(spec)).toBeUndefined());

  test.each([
    ['', 'empty spec string'],
    ['CRON_TZ=UTC', 'expected timezone prefix to be followed by a cron spec: CRON_TZ=UTC'],
    ['CRON_TZ=Mars/X 0 0 * * *', 'provided bad location Mars/X: unknown time zone Mars/X'],
    ['@often', 'unrecognized descriptor: @often'],
    ['* * * *', 'expected exactly 5 fields, found 4: [* * * *]'],
    ['* * * * * *', 'expected exactly 5 fields, found 6: [* * * * * *]'],
    ['60 * * * *', 'end of range (60) above maximum (59): 60'],
    ['* * 0 * *', 'beginning of range (0) below minimum (1): 0'],
    ['* * * * 7', 'end of range (7) above maximum (6): 7'],
    ['5-1 * * * *', 'beginning of range (5) beyond end of range (1): 5-1'],
    ['*/0 * * * *', 'step of range should be a positive number: */0'],
    ['1-2-3 * * * *', 'too many hyphens: 1-2-3'],
    ['1/2/3 * * * *', 'too many slashes: 1/2/3'],
    ['-1 * * * *', undefined],
    ['x * * * *', undefined],
    ['@every 1x', undefined],
    [' @daily', undefined],
  ])('H-CRON: %j is invalid', (spec, msg) => {
    const p = cronSpecProblem(spec);
    expect(p).toBeDefined();
    if (msg !== undefined) expect(p).toBe(msg);
  });

  test('H-CRON: the time zone becomes a CRON_TZ prefix and the message names the cron field', () => {
    expect(cronProblem('0 0 * * *', 'Europe/Berlin')).toBeUndefined();
    expect(cronProblem('0 0 * * *', 'Nowhere')).toBe(
      "failed to parse cron spec '0 0 * * *': provided bad location Nowhere: unknown time zone Nowhere",
    );
    expect(cronProblem('', '')).toBe("failed to parse cron spec '': empty spec string");
    // an empty cron with a valid zone leaves a prefix with nothing after it
    expect(cronProblem('', 'UTC')).toBe("failed to parse cron spec '': expected exactly 5 fields, found 0: []");
  });
});
