/** The demo's plans of topics in every state, with public comments and the answers to them. */
import type { Demo } from './context.ts';
import { uuid } from './context.ts';

/** Builds the plans, their topics and comments (and their audit entries) into the demo's rows. */
export function seedPlans(d: Demo): void {
  const { r, at, pub, bodies, users, official, operator } = d;
  const { plans, topics, comments } = d.rows;
  const planSpecs = [
    {
      body: 'mip',
      instrument: 'social_order',
      year: 2026,
      title: 'План тем государственного социального заказа на 2026 год',
      status: 'approved',
      start: -380,
      end: -360,
      approved: -350,
    },
    {
      body: 'cscs',
      instrument: 'grant',
      year: 2026,
      title: 'План грантовых программ на 2026 год',
      status: 'approved',
      start: -330,
      end: -310,
      approved: -300,
    },
    {
      body: 'mip',
      instrument: 'social_order',
      year: 2027,
      title: 'План тем государственного социального заказа на 2027 год',
      status: 'discussion',
      start: -6,
      end: 14,
      approved: null,
    },
    {
      body: 'akimat-almaty-city',
      instrument: 'social_order',
      year: 2027,
      title: 'Алматы қаласы: 2027 жылғы әлеуметтік тапсырыс тақырыптары',
      status: 'draft',
      start: null,
      end: null,
      approved: null,
    },
  ] as const;
  const topicText = [
    [
      'Поддержка пожилых людей, живущих одиноко',
      'vulnerable-groups',
      'По данным обращений граждан за 2025 год, 38% жалоб в социальную сферу касаются ухода за одинокими пожилыми людьми.',
      ['https://qogam.kz/ru/appeals'],
    ],
    [
      'Вовлечение молодёжи в местное самоуправление',
      'youth',
      'Рекомендация Гражданского форума 2025 года; 14 инициатив молодёжи о создании молодёжных маслихатов.',
      ['https://qogam.kz/ru/forum'],
    ],
    [
      'Доступность городской среды',
      'disability',
      'Результаты гражданского мониторинга: 62% проверенных зданий недоступны для людей на колясках.',
      ['https://qogam.kz/ru/monitoring'],
    ],
    [
      'Экологическое просвещение в школах',
      'environment',
      'Предложения 9 НПО экологической направленности, поданные в акимат.',
      [],
    ],
  ] as const;
  for (const ps of planSpecs) {
    const id = uuid(r);
    const creator = ps.body === 'cscs' ? operator : official;
    plans.push({
      id,
      state_body_id: bodies.get(ps.body)!,
      instrument: ps.instrument,
      year: ps.year,
      title: ps.title,
      status: ps.status,
      discussion_starts_at: ps.start === null ? null : at(ps.start, 9),
      discussion_ends_at: ps.end === null ? null : at(ps.end, 23),
      approved_at: ps.approved === null ? null : at(ps.approved, 11),
      created_by: creator?.id ?? null,
      created_at: at((ps.start ?? -2) - 10),
    });
    const tIds: string[] = [];
    for (const [ti, [title, area, evidence, links]] of topicText.entries()) {
      if (ps.status === 'draft' && ti > 1) break;
      const tid = uuid(r);
      tIds.push(tid);
      topics.push({
        id: tid,
        plan_id: id,
        title,
        description: 'Тема предложена для включения в план по итогам анализа потребностей.',
        area,
        region: ps.body.startsWith('akimat-') ? 'almaty-city' : null,
        evidence,
        evidence_links: [...links],
        created_at: at((ps.start ?? -2) - 9),
      });
    }
    pub('plan.created', 'funding_plan', id, at((ps.start ?? -2) - 10), creator);
    if (ps.start !== null) {
      pub('plan.discussionOpened', 'funding_plan', id, at(ps.start, 9), creator);
      const texts = [
        'Предлагаю добавить тему поддержки семей, воспитывающих детей с инвалидностью.',
        'Бюджет лотов по молодёжи кажется заниженным для сельских районов.',
        'Жоспарға ауылдық кітапханаларды қолдауды қосуды сұраймын.',
      ];
      texts.forEach((body, i) => {
        const answered = ps.status === 'approved' || i === 0;
        comments.push({
          id: uuid(r),
          plan_id: id,
          topic_id: i === 1 ? tIds[1] : null,
          author_id: users.get('citizen@demo.qogam.kz')?.id ?? null,
          author_name: i === 2 ? 'Айгерім Нұрланқызы' : ['Айгерим Н.', 'Кайрат Б.'][i],
          body,
          answer: answered
            ? i === 2
              ? 'Ұсыныс ескерілді: тақырып келесі жылдың жоспарына енгізіледі.'
              : 'Спасибо. Предложение учтено: тема будет рассмотрена при формировании лотов.'
            : null,
          answered_by: answered ? (creator?.id ?? null) : null,
          answered_at: answered ? at(ps.start! + 3 + i) : null,
          created_at: at(ps.start! + 1 + i, 12),
        });
        if (answered) pub('plan.commentAnswered', 'funding_plan', id, at(ps.start! + 3 + i), creator);
      });
    }
    if (ps.approved !== null) pub('plan.approved', 'funding_plan', id, at(ps.approved, 11), creator);
  }
}
