import { defaultAppConfig } from '../../../src/domain/config/default-config';
import { DEFAULT_ONCALL_SETTINGS } from '../../../src/domain/oncall/oncall-settings';
import { ackWindowMinutes, levelLabel, pagingCalendar, pagingEscalationPath } from '../../../src/domain/oncall/paging-plan-inputs';
import { asksForPaging, isPagingOpen, newPagingRecord, rotaIdFor } from '../../../src/domain/oncall/paging-record';
import { BERLIN_WEEKLY } from './rotas';

const incident = { triage: 'incident' as const, exercise: false, priority: 'Critical', closed: false };

describe('when an incident asks for paging', () => {
  it.each([
    ['a confirmed incident at a level', incident, true],
    ['an event still in triage', { ...incident, triage: 'event' as const }, false],
    ['one dismissed as not an incident', { ...incident, triage: 'not-incident' as const }, false],
    ['an exercise', { ...incident, exercise: true }, false],
    ['one without a level yet', { ...incident, priority: null }, false],
    ['a closed one', { ...incident, closed: true }, false],
  ])('%s: %s', (_case, facts, asks) => {
    expect(asksForPaging(facts)).toBe(asks);
  });
});

describe('which rota an incident pages', () => {
  const settings = { ...DEFAULT_ONCALL_SETTINGS, rotas: [BERLIN_WEEKLY, { ...BERLIN_WEEKLY, id: 'infra' }], defaultRotaId: BERLIN_WEEKLY.id };
  it("the project's own rota, else the default, else none", () => {
    expect(rotaIdFor({ ...settings, rotaByProject: { OPS: 'infra' } }, 'OPS')).toBe('infra');
    expect(rotaIdFor(settings, 'SEC')).toBe(BERLIN_WEEKLY.id);
    expect(rotaIdFor(DEFAULT_ONCALL_SETTINGS, 'SEC')).toBeNull();
  });
  it('a rota id that no longer exists counts as none', () => {
    expect(rotaIdFor({ ...settings, rotas: [], rotaByProject: { OPS: 'infra' } }, 'OPS')).toBeNull();
  });
});

describe('paging records and what a plan reads from the settings', () => {
  it('a new record waits for the sweep to start it; acknowledged or ended, it is closed', () => {
    const record = newPagingRecord('10001', 'SEC-1', 'Critical', 'security', '2026-12-13T03:00:00.000Z');
    expect(record).toMatchObject({ startedAt: null, events: [], acknowledgedBy: null, endedAt: null });
    expect(isPagingOpen(record)).toBe(true);
    expect(isPagingOpen({ ...record, acknowledgedBy: 'a', acknowledgedAt: '2026-12-13T03:02:00.000Z' })).toBe(false);
    expect(isPagingOpen({ ...record, endedAt: '2026-12-13T04:00:00.000Z' })).toBe(false);
  });

  it("business hours are the on-call calendar, else the level's SLA calendar, else around the clock", () => {
    const config = defaultAppConfig();
    expect(pagingCalendar(config, 'Mild').id).toBe('office');
    expect(pagingCalendar(config, 'Critical').id).toBe('24x7');
    expect(pagingCalendar({ ...config, oncall: { ...config.oncall, calendarId: 'office' } }, 'Critical').id).toBe('office');
    expect(pagingCalendar(config, 'No such level').id).toBe('24x7');
  });

  it('the escalation path is the people of the level’s warning and breach paths, each once; the window and label by level', () => {
    const config = defaultAppConfig();
    config.sla.escalation.default.warning.users = ['acc-morgan'];
    config.sla.escalation.default.breach.users = ['acc-alex', 'acc-morgan'];
    expect(pagingEscalationPath(config, 'Critical')).toEqual(['acc-morgan', 'acc-alex']);
    expect(ackWindowMinutes(config, 'Critical')).toBe(5);
    expect(ackWindowMinutes(config, 'P3')).toBe(15);
    expect(levelLabel(config, 'Critical')).toBe('Critical');
  });
});
