/**
 * Demo data of public councils and hearings: the ministry's national council and local councils
 * of several akimats, with members, a call open for applications, one under review, one decided
 * and one cancelled; past meetings with minutes, decisions and the body's responses, upcoming and
 * cancelled meetings; monitoring reports; hearings announced, held, answered and cancelled.
 * Deterministic for a seed; dates are relative to `now` so that upcoming things stay upcoming.
 * Rows go in directly (one transaction), with public audit entries for the decisions.
 */
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { demoPerson, insertDemoAccounts, insertMembership } from '../accounts/index.ts';
import { addWorkingDays, almatyDate } from '../../reference/index.ts';
import { seededRandom } from '../../platform/random.ts';
import type { Db } from '../../platform/db/schema.ts';
import { AFFILIATIONS, DECISIONS, FEMALE, MALE, MEETING_TOPICS, PLANS, RESPONSES, SURNAMES } from './demoData.ts';
import { seedDemoHearings, HOUR, workday } from './demoHearings.ts';
import { earliestSelectionClose } from './domain.ts';
import {
  insertApplication,
  insertCouncil,
  insertDecision,
  insertDemoAudit,
  insertDemoMembers,
  insertMeeting,
  insertMember,
  insertReport,
  insertSelection,
  listStateBodies,
} from './repository/index.ts';

/**
 * The demo's own accounts, made once: they share the demo citizen's password (qogam-demo-2026), so
 * scrypt runs for none of them; accounts keeps the hash to itself.
 */
async function ensureUsers(db: Db, people: { email: string; name: string }[]): Promise<{ id: string; name: string }[]> {
  const found = async () => Promise.all(people.map((p) => demoPerson(db, p.email)));
  const existing = await found();
  const missing = people.filter((_, i) => !existing[i]);
  if (missing.length)
    await insertDemoAccounts(
      db,
      missing.map((p) => ({
        id: randomUUID(),
        email: p.email,
        name: p.name,
        roles: ['citizen'],
        confirmedAt: new Date(),
      })),
      { passwordOf: 'citizen@demo.qogam.kz' },
    );
  return (await found()).map((u) => ({ id: u!.id, name: u!.name }));
}

export async function seedCouncilsDemo(app: FastifyInstance, opts: { seed: number; now?: Date }) {
  const db = app.db;
  const random = seededRandom(opts.seed + 8);
  const any = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const person = () => {
    const female = random() < 0.5;
    const s = any(SURNAMES);
    return `${female ? s[1] : s[0]} ${any(female ? FEMALE : MALE)}`;
  };
  const now = opts.now ?? new Date();
  const today = almatyDate(now);

  // The officials of the akimats in the demo (official@ acts for the ministry); applicants.
  const [official, ...applicants] = await ensureUsers(app.db, [
    { email: 'councils-1@demo.qogam.kz', name: 'Сәуле Қасымова' },
    { email: 'councils-2@demo.qogam.kz', name: 'Асхат Мұратов' },
    { email: 'councils-3@demo.qogam.kz', name: 'Жанар Есенова' },
    { email: 'councils-4@demo.qogam.kz', name: 'Сергей Ким' },
    { email: 'councils-5@demo.qogam.kz', name: 'Мадина Оспанова' },
  ]);
  const bodies = new Map((await listStateBodies(db)).map((b) => [b.code, b]));
  // The akimats' official: memberships straight in (addMembership would audit each, one transaction apiece).
  for (const p of PLANS.filter((p) => p.body !== 'mip'))
    await insertMembership(db, { userId: official.id, orgType: 'state_body', orgId: bodies.get(p.body)!.id });
  const ngoUser = await demoPerson(db, 'ngo@demo.qogam.kz');
  const ngoBin = ngoUser?.memberships.find((m) => m.org_type === 'organization')?.org_id;
  const mipOfficial = await demoPerson(db, 'official@demo.qogam.kz');

  await db.transaction().execute(async (trx) => {
    // Public audit entries, written together at the end.
    const audits: {
      actor_id: string | null;
      actor_name: string | null;
      action: string;
      entity_type: string;
      entity_id: string;
      data: string;
      is_public: boolean;
      at: Date;
    }[] = [];
    const audit = async (
      actor: { id: string; name: string } | null,
      action: string,
      entityType: string,
      entityId: string,
      at: Date,
      data: Record<string, unknown> = {},
    ) => {
      audits.push({
        actor_id: actor?.id ?? null,
        actor_name: actor?.name ?? null,
        action,
        entity_type: entityType,
        entity_id: entityId,
        data: JSON.stringify(data),
        is_public: true,
        at,
      });
    };

    let planIndex = 0;
    for (const p of PLANS) {
      const body = bodies.get(p.body)!;
      const actor = p.body === 'mip' ? (mipOfficial ?? official) : official;
      const termStart = `${Number(today.slice(0, 4)) - 1}-02-01`;
      const termEnd = `${Number(today.slice(0, 4)) + 2}-01-31`;
      const council = await insertCouncil(trx, {
        state_body_id: body.id,
        level: p.level,
        region: body.region,
        name_kk: p.kk,
        name_ru: p.ru,
        name_en: p.en,
        description:
          p.level === 'national'
            ? 'Министрліктің қызметіне қоғамдық бақылау жүргізеді, нормативтік құқықтық актілердің жобаларын талқылайды, азаматтық қоғам институттарының ұсыныстарын жеткізеді.'
            : 'Акиматтың бюджеттік бағдарламаларын, жергілікті қоғамдық маңызы бар мәселелерді талқылайды және қоғамдық мониторинг жүргізеді.',
        term_start: termStart,
        term_end: termEnd,
        created_by: actor.id,
        created_at: new Date(`${termStart}T04:00:00Z`),
        updated_at: now,
      });
      await audit(actor, 'councils.council.created', 'council', council.id, new Date(`${termStart}T04:00:00Z`), {
        body: p.body,
      });

      // Members: chair, deputy, secretary and members.
      const size = p.level === 'national' ? 11 : 7 + Math.floor(random() * 4);
      const memberRows = Array.from({ length: size }, (_, k) => ({
        council_id: council.id,
        user_id: null,
        full_name: person(),
        role: (k === 0 ? 'chair' : k === 1 ? 'deputy' : k === 2 ? 'secretary' : 'member') as
          'chair' | 'deputy' | 'secretary' | 'member',
        affiliation: k === 2 ? 'Әкімдік аппараты / Аппарат акимата' : any(AFFILIATIONS),
        term_start: termStart,
        term_end: termEnd,
        selection_id: null,
      }));
      const memberIds = await insertDemoMembers(trx, memberRows);

      // Meetings: three held (with minutes, decisions and responses), one upcoming, sometimes a cancelled one.
      const meetings: { at: Date; status: 'held' | 'planned' | 'cancelled' }[] = [
        { at: workday(today, -(60 + planIndex), '10:00'), status: 'held' },
        { at: workday(today, -(250 + planIndex * 3), '15:00'), status: 'held' },
        { at: workday(today, -(25 + planIndex), '11:00'), status: 'held' },
        { at: workday(today, 8 + planIndex, '10:00'), status: 'planned' },
        ...(planIndex % 3 === 0
          ? [{ at: workday(today, -(90 + planIndex), '16:00'), status: 'cancelled' as const }]
          : []),
      ];
      let topic = planIndex;
      for (const [mi, mt] of meetings.entries()) {
        const [title, agenda] = MEETING_TOPICS[topic++ % MEETING_TOPICS.length];
        const present = mt.status === 'held' ? memberIds.filter(() => random() < 0.8) : [];
        const m = await insertMeeting(trx, {
          council_id: council.id,
          title,
          starts_at: mt.at,
          ends_at: new Date(mt.at.getTime() + 2 * HOUR),
          location:
            p.level === 'national'
              ? 'Астана, Мәңгілік Ел даңғылы, 8, «Министрліктер үйі», 3-кіреберіс'
              : 'Әкімдік ғимараты, мәжіліс залы',
          agenda: JSON.stringify(agenda),
          status: mt.status,
          attendance: JSON.stringify(present),
          minutes:
            mt.status === 'held'
              ? `Отырысты кеңес төрағасы ашты. Кворум бар: ${present.length} мүше қатысты.\n1. ${agenda[0]} бойынша баяндама тыңдалды, сұрақтар қойылды.\n2. Кеңес шешім қабылдады (төменде).`
              : null,
          cancel_reason:
            mt.status === 'cancelled' ? 'Кворум болмауына байланысты / В связи с отсутствием кворума' : null,
          created_at: new Date(mt.at.getTime() - 20 * 24 * HOUR),
          updated_at:
            mt.status === 'planned' ? new Date(mt.at.getTime() - 20 * 24 * HOUR) : new Date(mt.at.getTime() + 3 * HOUR),
        });
        await audit(
          actor,
          `councils.meeting.${mt.status === 'planned' ? 'scheduled' : mt.status}`,
          'council_meeting',
          m.id,
          mt.status === 'planned' ? now : new Date(mt.at.getTime() + 3 * HOUR),
        );
        if (mt.status !== 'held') continue;
        const n = mi === 2 ? 2 : 1;
        for (let d = 1; d <= n; d++) {
          // The most recent meeting's last decision still awaits the body's response.
          const awaiting = mi === 2 && d === n;
          const resp = RESPONSES[(planIndex + mi + d) % RESPONSES.length];
          const votesFor = present.length - 1 - Math.floor(random() * 2);
          const dec = await insertDecision(trx, {
            meeting_id: m.id,
            number: d,
            text: DECISIONS[(planIndex + mi + d) % DECISIONS.length],
            votes_for: Math.max(1, votesFor),
            votes_against: present.length - Math.max(1, votesFor) > 0 ? 1 : 0,
            votes_abstain: 0,
            response_status: awaiting ? 'awaiting' : resp.status,
            response_text: awaiting ? null : resp.text,
            responded_at: awaiting ? null : new Date(mt.at.getTime() + 10 * 24 * HOUR),
            responded_by: awaiting ? null : actor.id,
            created_at: mt.at,
          });
          await audit(
            actor,
            'councils.decision.recorded',
            'council_decision',
            dec.id,
            new Date(mt.at.getTime() + 3 * HOUR),
          );
          if (!awaiting)
            await audit(
              actor,
              'councils.decision.responded',
              'council_decision',
              dec.id,
              new Date(mt.at.getTime() + 10 * 24 * HOUR),
              { outcome: resp.status },
            );
        }
      }

      // A call for members in the state the plan asks for.
      if (p.selection) {
        const opened = p.selection === 'open' ? workday(today, -4, '09:00') : workday(today, -40, '09:00');
        const closesOn =
          p.selection === 'open'
            ? addWorkingDays(earliestSelectionClose(almatyDate(opened)), 2)
            : earliestSelectionClose(almatyDate(opened));
        const seats = p.selection === 'decided' ? 2 : 3;
        const sel = await insertSelection(trx, {
          council_id: council.id,
          title:
            p.level === 'national'
              ? 'Қоғамдық кеңестің құрамына қосымша іріктеу'
              : 'Конкурс в состав общественного совета',
          seats,
          applications_close_on: closesOn,
          description:
            'Кандидаттар: 18 жастан асқан Қазақстан азаматтары және ҮЕҰ өкілдері; мемлекеттік қызметшілер қатыса алмайды. Комиссия дауыс беру арқылы шешім қабылдайды.',
          status: p.selection,
          commission_size: p.selection === 'decided' ? 7 : null,
          decided_at: p.selection === 'decided' ? workday(today, -20, '12:00') : null,
          decision_note:
            p.selection === 'cancelled' ? 'Өтінімдер саны орындар санынан аз / Заявок меньше, чем мест' : null,
          created_by: actor.id,
          created_at: opened,
        });
        await audit(actor, 'councils.selection.opened', 'council_selection', sel.id, opened, { seats });
        const votes = [
          [6, 1, 0],
          [5, 1, 1],
          [3, 3, 1],
          [2, 4, 1],
        ];
        const who =
          p.selection === 'cancelled' ? applicants.slice(0, 1) : applicants.slice(0, p.selection === 'open' ? 2 : 4);
        for (const [k, u] of who.entries()) {
          const viaNgo = k === 1 && !!ngoBin && p.selection !== 'open';
          const selected = p.selection === 'decided' && k < 2;
          const app2 = await insertApplication(trx, {
            selection_id: sel.id,
            user_id: u.id,
            full_name: u.name,
            applicant_kind: viaNgo ? 'ngo' : 'citizen',
            organization_bin: viaNgo ? ngoBin! : null,
            motivation:
              'Қаладағы әлеуметтік мәселелерді шешуге үлес қосқым келеді; азаматтардың дауысын мемлекеттік органға жеткізу маңызды деп санаймын.',
            experience:
              '10 жылдан астам қоғамдық жұмыс тәжірибесі, еріктілер жобаларын үйлестірдім, қоғамдық мониторингке қатыстым.',
            file_id: null,
            status: p.selection === 'decided' ? (selected ? 'selected' : 'not_selected') : 'submitted',
            votes_for: p.selection === 'decided' ? votes[k][0] : null,
            votes_against: p.selection === 'decided' ? votes[k][1] : null,
            votes_abstain: p.selection === 'decided' ? votes[k][2] : null,
            created_at: new Date(opened.getTime() + (k + 1) * 24 * HOUR),
          });
          if (selected) {
            await insertMember(trx, {
              council_id: council.id,
              user_id: u.id,
              full_name: u.name,
              role: 'member',
              affiliation: 'Азамат / Гражданин',
              term_start: almatyDate(workday(today, -20, '12:00')),
              term_end: termEnd,
              selection_id: sel.id,
            });
          }
          void app2;
        }
        if (p.selection !== 'open')
          await audit(
            actor,
            `councils.selection.${p.selection === 'decided' ? 'decided' : p.selection}`,
            'council_selection',
            sel.id,
            workday(today, -20, '12:00'),
          );
      }

      // Monitoring reports: an NGO's (answered) and the council's (awaiting the answer).
      if (planIndex < 3) {
        const r1 = await insertReport(trx, {
          council_id: council.id,
          author_kind: 'ngo',
          organization_bin: ngoBin ?? null,
          author_id: ngoUser?.id ?? null,
          author_name: ngoBin ? '«Болашақ» қоғамдық бірлестігі' : 'ОФ «Мейирим»',
          title: 'Мемлекеттік әлеуметтік тапсырыстың ашықтығына мониторинг',
          findings:
            '1. Конкурс нәтижелерінің 30%-ы кешігіп жарияланған.\n2. Техникалық ерекшеліктер қазақ тілінде толық емес.\nҰсыныс: нәтижелерді 5 жұмыс күні ішінде жариялау.',
          status: 'answered',
          body_answer:
            'Ескертулер ескерілді: 2026 жылдан бастап нәтижелер порталда 5 жұмыс күні ішінде жарияланады, техникалық ерекшеліктер екі тілде дайындалады.',
          answered_at: workday(today, -15, '12:00'),
          answered_by: actor.id,
          published_at: workday(today, -35, '12:00'),
        });
        await audit(
          ngoUser ?? null,
          'councils.report.published',
          'council_report',
          r1.id,
          workday(today, -35, '12:00'),
        );
        await audit(actor, 'councils.report.answered', 'council_report', r1.id, workday(today, -15, '12:00'));
        const r2 = await insertReport(trx, {
          council_id: council.id,
          author_kind: 'council',
          organization_bin: null,
          author_id: null,
          author_name: p.ru,
          title: 'Мониторинг качества оказания государственных услуг',
          findings:
            'Рабочая группа совета посетила 6 центров обслуживания населения.\nВыявлено: очереди более 40 минут в 3 центрах; нет пандусов в 2 центрах.\nРекомендации: электронная очередь, оборудование пандусов до конца года.',
          published_at: workday(today, -5, '12:00'),
        });
        await audit(null, 'councils.report.published', 'council_report', r2.id, workday(today, -5, '12:00'));
      }
      planIndex++;
    }

    await seedDemoHearings(trx, { today, now, bodies, official, mipOfficial, applicants, audit });
    await insertDemoAudit(trx, audits);
  });
}
