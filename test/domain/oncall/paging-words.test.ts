import { acknowledgedText, pagedText, pageRequestText, pagingRoleWords, skippedPageText } from '../../../src/domain/oncall/paging-words';
import { en, wordsIn } from '../../i18n/backend-words';
import type { SkippedPage } from '../../../src/domain/oncall/paging-steps';

const skip = (reason: SkippedPage['reason'], role: SkippedPage['role'] = 'primary'): SkippedPage => ({
  key: `skip:${role}@t`,
  role,
  accountId: 'acc-ana',
  reason,
});

describe('paging words: names, never account ids', () => {
  it.each([
    ['primary', 'primary on call'],
    ['secondary', 'secondary on call'],
    ['escalation-1', 'escalation path, first person'],
    ['escalation-12', 'escalation path, person 12'],
  ] as const)('%s reads as "%s"', (role, words) => {
    expect(pagingRoleWords(role)).toBe(words);
  });

  it('says why a place was passed over, with the name', () => {
    expect(skippedPageText(skip({ kind: 'cannot-see' }), 'Ana Ruiz')).toBe(
      'Ana Ruiz cannot see this restricted incident, so they cannot be paged for it; the chain moves on to the next person, if any.',
    );
    expect(skippedPageText(skip({ kind: 'already-paged', as: 'primary' }, 'secondary'), 'Ana Ruiz')).toBe(
      'Ana Ruiz was already paged (primary on call); nobody is paged twice for one incident.',
    );
    expect(skippedPageText(skip({ kind: 'nobody-on-call' }, 'secondary'), 'Nobody')).toBe('Nobody is on call as secondary, so nobody was paged in that place.');
    expect(skippedPageText(skip({ kind: 'nobody-on-call' }, 'escalation-2'), 'Nobody')).toBe(
      'Nobody is on call as the escalation path, second person, so nobody was paged in that place.',
    );
  });

  it('the page asks in words what is wanted and by when', () => {
    expect(pageRequestText(en, 'primary', 'Critical', 5)).toBe(
      'You are on call as primary: Critical incident, please acknowledge with "I\'m on it" in the Incident response panel within 5 minutes.',
    );
    expect(pageRequestText(en, 'escalation-1', 'Serious', 1)).toBe(
      'You are on the escalation path (first person): Serious incident, please acknowledge with "I\'m on it" in the Incident response panel within 1 minute.',
    );
    expect(pageRequestText(en, 'escalation-12', 'Serious', 10)).toBe(
      'You are on the escalation path (person 12): Serious incident, please acknowledge with "I\'m on it" in the Incident response panel within 10 minutes.',
    );
    expect(pagedText('Sam Responder', 'secondary')).toBe('Paged Sam Responder (secondary on call)');
    expect(acknowledgedText('Sam Responder')).toBe('Sam Responder is on it');
  });

  it("the page is in the paged person's language, the admin's level label as written", () => {
    expect(pageRequestText(wordsIn('es-ES'), 'secondary', 'Critical', 1)).toBe(
      'Está de guardia como secundario: incidente de nivel Critical. Confírmelo con «Me encargo» en el panel «Respuesta a incidentes» en un plazo de 1 minuto.',
    );
    expect(pageRequestText(wordsIn('de-DE'), 'escalation-2', 'Hoch', 15)).toBe(
      'Sie stehen auf dem Eskalationspfad (zweite Person): Vorfall der Stufe Hoch. Bitte bestätigen Sie innerhalb von 15 Minuten im Panel „Incident-Response“ mit „Ich übernehme“.',
    );
  });
});
