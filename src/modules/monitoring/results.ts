import { l, type Localized } from '../../reference/index.ts';

/**
 * The expected results of the Concept of Civil Society Development (Chapter 4; seed 001), in the
 * Concept's own order, each with the indicators (ids in the open-data catalogue) that measure it
 * from the platform's own data. A result the platform cannot measure says how it is measured
 * instead (`measuredBy`), so the dashboard never pretends.
 */
export interface ExpectedResult {
  n: number;
  text: Localized;
  indicators: readonly string[];
  measuredBy?: 'survey' | 'international';
}

export const EXPECTED_RESULTS: readonly ExpectedResult[] = [
  {
    n: 1,
    text: l(
      'Азаматтық қоғам институттарының жұмысына азаматтардың қатысуының өсуі',
      'Рост участия граждан в работе институтов гражданского общества',
      'Growth of citizens’ participation in the work of civil society institutions',
    ),
    indicators: ['petitions.signatures', 'appeals.received', 'legislation.comments', 'local.ballots'],
  },
  {
    n: 2,
    text: l(
      'Азаматтық сектор ұйымдарында жұмыспен қамтылған азаматтар санының ұлғаюы',
      'Увеличение числа граждан, занятых в организациях гражданского сектора',
      'More citizens employed in civil-sector organisations',
    ),
    indicators: ['registry.staff'],
  },
  {
    n: 3,
    text: l(
      'Түрлі әлеуметтік топтар тарапынан азаматтық қоғам институттарына сенім деңгейінің артуы',
      'Повышение уровня доверия к институтам гражданского общества со стороны различных социальных групп',
      'Greater trust in civil society institutions among different social groups',
    ),
    indicators: [],
    measuredBy: 'survey',
  },
  {
    n: 4,
    text: l(
      'Волонтерлік қызметке қатысатын азаматтардың үлесін ұлғайту',
      'Увеличение доли граждан, участвующих в волонтерской деятельности',
      'A larger share of citizens volunteering',
    ),
    indicators: [
      'monitoring.volunteersPer10k',
      'volunteering.volunteers',
      'volunteering.confirmedHours',
      'registry.reportedVolunteers',
    ],
  },
  {
    n: 5,
    text: l(
      'Белсенді жұмыс істейтін үкіметтік емес ұйымдар мен азаматтық қоғамның басқа да институттарының санын ұлғайту',
      'Увеличение количества активно действующих неправительственных организаций и других институтов гражданского общества',
      'More active non-governmental organisations and other civil society institutions',
    ),
    indicators: ['registry.activeNgos'],
  },
  {
    n: 6,
    text: l(
      'Қаржылық және бағдарламалық орнықты азаматтық қоғам институттарының, оның ішінде әлеуметтік кәсіпорындардың үлесін ұлғайту',
      'Увеличение доли институтов гражданского общества с финансовой и программной устойчивостью, в том числе социальных предприятий',
      'A larger share of financially and programmatically sustainable civil society institutions, including social enterprises',
    ),
    indicators: ['registry.socialEnterprises', 'registry.income'],
  },
  {
    n: 7,
    text: l(
      'ҮЕҰ мен қайырымдылық қорларының атына азаматтар мен бизнес тарапынан қайырымдылық жарналар түсімінің өсуі',
      'Рост поступления благотворительных взносов в адрес НПО и благотворительных фондов со стороны граждан и бизнеса',
      'Growth of charitable donations from citizens and business to NGOs and charitable foundations',
    ),
    indicators: ['charity.donations'],
  },
  {
    n: 8,
    text: l(
      'Мемлекеттік әлеуметтік тапсырыс және гранттық қаржыландыру шеңберінде ҮЕҰ әлеуметтік жобаларының көрсетілетін қызметті алушыларының қанағаттану деңгейінің артуы',
      'Повышение уровня удовлетворенности услугополучателей социальных проектов НПО в рамках государственного социального заказа и грантового финансирования',
      'Higher satisfaction of the beneficiaries of NGOs’ social projects under state social order and grants',
    ),
    indicators: ['funding.beneficiarySatisfaction'],
  },
  {
    n: 9,
    text: l(
      'Үкіметтік емес ұйымдардың және волонтерлік қызметке қатысушылардың елдің әлеуметтік-экономикалық дамуына қосқан үлесінің ұлғаюы',
      'Увеличение вклада неправительственных организаций и участников волонтерской деятельности в социально-экономическое развитие страны',
      'A greater contribution of NGOs and volunteers to the country’s social and economic development',
    ),
    indicators: ['funding.amountAwarded', 'registry.beneficiaries', 'volunteering.confirmedHours'],
  },
  {
    n: 10,
    text: l(
      '«Ашық үкімет» және барлық деңгейдегі билік органдарының жұмысына «халық үніне құлақ асатын мемлекет» моделінің қағидаттарын енгізу, мемлекеттік билік органдарының қолжетімділігі',
      'Внедрение принципов модели «слышащего государства» в работу «открытого правительства» и органов власти всех уровней, доступность органов государственной власти',
      'The “listening state” in open government and at every level of power; state bodies within citizens’ reach',
    ),
    indicators: ['appeals.answeredOnTime', 'petitions.answeredOnTime', 'forum.actionPlanDone'],
  },
  {
    n: 11,
    text: l(
      'Азаматтық қоғам институттары мен мемлекеттік органдардың өзара іс-қимылын оң бағалайтын азаматтардың үлесінің ұлғаюы',
      'Увеличение доли граждан, положительно оценивающих взаимодействие институтов гражданского общества и государственных органов',
      'More citizens rating the interaction of civil society and state bodies positively',
    ),
    indicators: ['local.assessmentScore'],
  },
  {
    n: 12,
    text: l(
      'Азаматтық құқықтар мен бостандықтарды сақтау, БАҚ бостандығы саласындағы халықаралық рейтингтерде Қазақстан көрсеткіштерінің жақсаруы',
      'Улучшение показателей Казахстана в международных рейтингах развития гражданского общества в области соблюдения гражданских прав и свобод, свободы СМИ',
      'Better standing of Kazakhstan in international indices of civil rights, freedoms and media freedom',
    ),
    indicators: [],
    measuredBy: 'international',
  },
  {
    n: 13,
    text: l(
      'Азаматтық қоғамды дамыту мәселелері жөніндегі өңірлік және жаһандық диалог алаңдары санының ұлғаюы',
      'Увеличение количества региональных и глобальных диалоговых площадок по вопросам развития гражданского общества',
      'More regional and global dialogue platforms on civil society development',
    ),
    indicators: ['councils.meetingsHeld', 'councils.hearingsHeld'],
  },
];

/** The expected results an indicator measures (numbers of the Concept's list). */
export function resultsOf(indicatorId: string): number[] {
  return EXPECTED_RESULTS.filter((r) => r.indicators.includes(indicatorId)).map((r) => r.n);
}
