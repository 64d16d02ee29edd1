/**
 * Parts of synthetic demo data: organisation name words in Kazakh, their Russian spelling and a
 * Latin transliteration, people's names, streets. Invented combinations; any likeness to a real
 * organisation is chance.
 */
export type Word = readonly [kk: string, ru: string, en: string];

export const BASE_WORDS: readonly Word[] = [
  ['Болашақ', 'Болашак', 'Bolashak'],
  ['Мейірім', 'Мейирим', 'Meirim'],
  ['Шапағат', 'Шапагат', 'Shapagat'],
  ['Үміт', 'Умит', 'Umit'],
  ['Сенім', 'Сеним', 'Senim'],
  ['Жарқын', 'Жаркын', 'Zharkyn'],
  ['Ақниет', 'Акниет', 'Akniet'],
  ['Дарын', 'Дарын', 'Daryn'],
  ['Жас Ұрпақ', 'Жас Урпак', 'Zhas Urpak'],
  ['Нұр', 'Нур', 'Nur'],
  ['Бірлік', 'Бирлик', 'Birlik'],
  ['Достық', 'Достык', 'Dostyk'],
  ['Ырыс', 'Ырыс', 'Yrys'],
  ['Қамқор', 'Камкор', 'Kamkor'],
  ['Ақ Жол', 'Ак Жол', 'Ak Zhol'],
  ['Туған Жер', 'Туган Жер', 'Tugan Zher'],
  ['Жасыл Әлем', 'Жасыл Алем', 'Zhasyl Alem'],
  ['Ынтымақ', 'Ынтымак', 'Yntymak'],
  ['Береке', 'Береке', 'Bereke'],
  ['Кемел', 'Кемел', 'Kemel'],
  ['Самғау', 'Самгау', 'Samgau'],
  ['Алаш', 'Алаш', 'Alash'],
  ['Тұмар', 'Тумар', 'Tumar'],
  ['Шұғыла', 'Шугыла', 'Shugyla'],
  ['Ақбота', 'Акбота', 'Akbota'],
  ['Аялы Алақан', 'Аялы Алакан', 'Ayaly Alakan'],
  ['Жомарт', 'Жомарт', 'Zhomart'],
  ['Көмек', 'Комек', 'Komek'],
  ['Өркен', 'Оркен', 'Orken'],
  ['Ізгілік', 'Изгилик', 'Izgilik'],
  ['Арман', 'Арман', 'Arman'],
  ['Бақыт', 'Бакыт', 'Bakyt'],
  ['Жұлдыз', 'Жулдыз', 'Zhuldyz'],
  ['Ұлағат', 'Улагат', 'Ulagat'],
  ['Мирас', 'Мирас', 'Miras'],
  ['Тірек', 'Тирек', 'Tirek'],
  ['Қайнар', 'Кайнар', 'Kainar'],
  ['Талап', 'Талап', 'Talap'],
  ['Шаңырақ', 'Шанырак', 'Shanyrak'],
  ['Әділет', 'Адилет', 'Adilet'],
  ['Жігер', 'Жигер', 'Zhiger'],
  ['Ару', 'Ару', 'Aru'],
  ['Намыс', 'Намыс', 'Namys'],
  ['Ансар', 'Ансар', 'Ansar'],
  ['Парасат', 'Парасат', 'Parasat'],
  ['Қуаныш', 'Куаныш', 'Kuanysh'],
  ['Бастау', 'Бастау', 'Bastau'],
  ['Ерлік', 'Ерлик', 'Erlik'],
  ['Кәусар', 'Каусар', 'Kausar'],
  ['Сана', 'Сана', 'Sana'],
];

/** An optional first word: «Алтын Бастау», «Жаңа Өркен». */
export const PREFIXES: readonly Word[] = [
  ['Жаңа', 'Жана', 'Zhana'],
  ['Алтын', 'Алтын', 'Altyn'],
  ['Ақ', 'Ак', 'Ak'],
  ['Жас', 'Жас', 'Zhas'],
  ['Нұрлы', 'Нурлы', 'Nurly'],
  ['Ұлы', 'Улы', 'Uly'],
  ['Көк', 'Кок', 'Kok'],
  ['Мөлдір', 'Молдир', 'Moldir'],
];

/** How each legal form is written around the name in kk, ru and en; others use the form's own name. */
export const NAME_TEMPLATES: Record<
  string,
  { kk: (w: string) => string; ru: (w: string) => string; en: (w: string) => string }
> = {
  'public-association': {
    kk: (w) => `«${w}» қоғамдық бірлестігі`,
    ru: (w) => `Общественное объединение «${w}»`,
    en: (w) => `${w} Public Association`,
  },
  'public-foundation': {
    kk: (w) => `«${w}» қоғамдық қоры`,
    ru: (w) => `Общественный фонд «${w}»`,
    en: (w) => `${w} Public Foundation`,
  },
  'association-of-legal-entities': {
    kk: (w) => `«${w}» заңды тұлғалар бірлестігі`,
    ru: (w) => `Объединение юридических лиц «${w}»`,
    en: (w) => `${w} Association of Legal Entities`,
  },
  'private-institution': {
    kk: (w) => `«${w}» жеке мекемесі`,
    ru: (w) => `Частное учреждение «${w}»`,
    en: (w) => `${w} Private Institution`,
  },
  'religious-association': {
    kk: (w) => `«${w}» діни бірлестігі`,
    ru: (w) => `Религиозное объединение «${w}»`,
    en: (w) => `${w} Religious Association`,
  },
  'consumer-cooperative': {
    kk: (w) => `«${w}» тұтыну кооперативі`,
    ru: (w) => `Потребительский кооператив «${w}»`,
    en: (w) => `${w} Consumer Cooperative`,
  },
  'property-owners-association': {
    kk: (w) => `«${w}» мүлік иелерінің бірлестігі`,
    ru: (w) => `Объединение собственников имущества «${w}»`,
    en: (w) => `${w} Property Owners Association`,
  },
};

/** Shares of legal forms among NGOs (an estimate: associations and foundations dominate). */
export const LEGAL_FORM_WEIGHTS: Record<string, number> = {
  'public-association': 46,
  'public-foundation': 30,
  'private-institution': 8,
  'association-of-legal-entities': 6,
  'religious-association': 3,
  'property-owners-association': 3,
  'consumer-cooperative': 1.5,
  'non-commercial-jsc': 0.5,
  chamber: 0.5,
  'rural-community': 0.5,
  other: 1,
};

/** First names and surnames by sex, so that a generated person's name agrees with itself. */
export const MALE_NAMES = [
  'Ерлан',
  'Бауыржан',
  'Марат',
  'Нұрлан',
  'Асхат',
  'Дәурен',
  'Қайрат',
  'Ержан',
  'Андрей',
  'Сергей',
  'Тимур',
  'Руслан',
];
export const FEMALE_NAMES = [
  'Айгүл',
  'Динара',
  'Гүлнар',
  'Әсел',
  'Сәуле',
  'Жанар',
  'Мадина',
  'Ләззат',
  'Светлана',
  'Ольга',
  'Айжан',
  'Меруерт',
  'Анар',
  'Дильназ',
];
/** [male, female] forms of a surname. */
export const SURNAMES: readonly (readonly [string, string])[] = [
  ['Сәрсенбаев', 'Сәрсенбаева'],
  ['Ахметов', 'Ахметова'],
  ['Омаров', 'Омарова'],
  ['Исаев', 'Исаева'],
  ['Жұмабеков', 'Жұмабекова'],
  ['Тоқтаров', 'Тоқтарова'],
  ['Қасымов', 'Қасымова'],
  ['Байжанов', 'Байжанова'],
  ['Иванов', 'Иванова'],
  ['Ким', 'Ким'],
  ['Петров', 'Петрова'],
  ['Мұратов', 'Мұратова'],
  ['Есенов', 'Есенова'],
  ['Беков', 'Бекова'],
  ['Тұрсынов', 'Тұрсынова'],
  ['Оспанов', 'Оспанова'],
  ['Ли', 'Ли'],
];
export const POSITIONS = [
  'Төраға',
  'Председатель',
  'Директор',
  'Атқарушы директор',
  'Президент',
  'Председатель правления',
  'Басқарма төрағасы',
];
export const STREETS = [
  'Абай даңғылы',
  'ул. Кенесары',
  'Республика даңғылы',
  'ул. Толе би',
  'пр. Назарбаева',
  'Сейфуллин көшесі',
  'ул. Жибек жолы',
  'Достық даңғылы',
];

/** One or two sentences per area for profile descriptions: [kk, ru]. */
export const AREA_DESCRIPTIONS: Record<string, readonly [string, string]> = {
  youth: [
    'Жастардың бастамаларын қолдаймыз, мектеп оқушыларына тегін үйірмелер ашамыз.',
    'Поддерживаем молодёжные инициативы и открываем бесплатные кружки для школьников.',
  ],
  health: [
    'Салауатты өмір салтын насихаттаймыз және ауыл тұрғындарына медициналық кеңес ұйымдастырамыз.',
    'Пропагандируем здоровый образ жизни и организуем медицинские консультации в сёлах.',
  ],
  environment: [
    'Қала көгалдандыру және қалдықтарды бөлек жинау жобаларын жүргіземіз.',
    'Ведём проекты по озеленению и раздельному сбору отходов.',
  ],
  disability: [
    'Мүгедектігі бар адамдарға оңалту және жұмысқа орналасу көмегін көрсетеміз.',
    'Помогаем людям с инвалидностью с реабилитацией и трудоустройством.',
  ],
  'family-children': [
    'Көпбалалы отбасыларға және жалғызбасты ата-аналарға қолдау көрсетеміз.',
    'Поддерживаем многодетные семьи и родителей-одиночек.',
  ],
  culture: [
    'Ұлттық өнер мен тарихи мұраны сақтау бойынша фестивальдер өткіземіз.',
    'Проводим фестивали в защиту национального искусства и исторического наследия.',
  ],
  'human-rights': ['Азаматтарға тегін заң кеңестерін береміз.', 'Даём гражданам бесплатные юридические консультации.'],
  volunteering: [
    'Еріктілерді даярлаймыз және әлеуметтік акцияларды үйлестіреміз.',
    'Готовим волонтёров и координируем социальные акции.',
  ],
};
