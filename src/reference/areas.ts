import { l, type Localized } from './localized.ts';

/**
 * Areas of activity of NGOs, used to classify organisations, state social
 * order tenders, grants and awards. Based on the areas listed in art. 5 of the
 * Law "On state social order, grants and awards for non-governmental
 * organisations", with a few areas that the NGO database and grant operators
 * use in practice (volunteering, anti-corruption, animal welfare…) and an
 * "other" bucket so imported records always map somewhere.
 *
 * Codes are stable slugs stored in the database: never rename one.
 */
export const areaCodes = [
  'education-science-sport',
  'health',
  'environment',
  'youth',
  'vulnerable-groups',
  'disability',
  'family-children',
  'gender-equality',
  'culture',
  'interethnic-accord',
  'human-rights',
  'consumer-rights',
  'rural-development',
  'veterans',
  'volunteering',
  'charity',
  'civic-monitoring',
  'anti-corruption',
  'social-entrepreneurship',
  'animal-welfare',
  'civil-society',
  'other',
] as const;

export type AreaCode = (typeof areaCodes)[number];

export interface Area {
  readonly code: AreaCode;
  readonly name: Localized;
}

const names: Record<AreaCode, Localized> = {
  'education-science-sport': l(
    'Білім беру, ғылым, ақпарат, дене шынықтыру және спорт',
    'Образование, наука, информация, физическая культура и спорт',
    'Education, science, information, physical culture and sport',
  ),
  health: l(
    'Азаматтардың денсаулығын сақтау және салауатты өмір салтын насихаттау',
    'Охрана здоровья граждан и пропаганда здорового образа жизни',
    'Health protection and healthy lifestyle',
  ),
  environment: l('Қоршаған ортаны қорғау', 'Охрана окружающей среды', 'Environmental protection'),
  youth: l(
    'Жастар саясатын және балалар бастамаларын қолдау',
    'Поддержка молодёжной политики и детских инициатив',
    "Youth policy and children's initiatives",
  ),
  'vulnerable-groups': l(
    'Халықтың әлеуметтік осал топтарын қолдау',
    'Поддержка социально уязвимых слоёв населения',
    'Support for socially vulnerable groups',
  ),
  disability: l(
    'Мүгедектігі бар адамдарды қолдау',
    'Поддержка лиц с инвалидностью',
    'Support for persons with disabilities',
  ),
  'family-children': l(
    'Отбасын және балаларды қолдау, демографиялық даму',
    'Поддержка семьи и детей, демографическое развитие',
    'Family, children and demography',
  ),
  'gender-equality': l('Гендерлік теңдікті қамтамасыз ету', 'Обеспечение гендерного равенства', 'Gender equality'),
  culture: l(
    'Мәдениет пен өнерді дамыту, тарихи-мәдени мұраны сақтау',
    'Развитие культуры и искусства, охрана историко-культурного наследия',
    'Culture, art and cultural heritage',
  ),
  'interethnic-accord': l(
    'Ұлтаралық және конфессияаралық келісімді нығайту',
    'Укрепление межнационального и межконфессионального согласия',
    'Interethnic and interfaith accord',
  ),
  'human-rights': l(
    'Азаматтардың құқықтары мен заңды мүдделерін қорғау, заң көмегі',
    'Защита прав и законных интересов граждан, правовая помощь',
    'Human rights and legal aid',
  ),
  'consumer-rights': l('Тұтынушылардың құқықтарын қорғау', 'Защита прав потребителей', 'Consumer rights protection'),
  'rural-development': l('Ауылдық аумақтарды дамыту', 'Развитие сельских территорий', 'Rural development'),
  veterans: l('Ардагерлерді қолдау', 'Поддержка ветеранов', 'Support for veterans'),
  volunteering: l('Волонтерлік қызметке жәрдемдесу', 'Содействие волонтёрской деятельности', 'Volunteering'),
  charity: l('Қайырымдылық қызмет', 'Благотворительная деятельность', 'Charity'),
  'civic-monitoring': l(
    'Қоғамдық бақылау және мониторинг',
    'Общественный контроль и мониторинг',
    'Civic oversight and monitoring',
  ),
  'anti-corruption': l('Сыбайлас жемқорлыққа қарсы іс-қимыл', 'Противодействие коррупции', 'Anti-corruption'),
  'social-entrepreneurship': l(
    'Әлеуметтік кәсіпкерлікті дамыту',
    'Развитие социального предпринимательства',
    'Social entrepreneurship',
  ),
  'animal-welfare': l('Жануарларға жауапкершілікпен қарау', 'Ответственное обращение с животными', 'Animal welfare'),
  'civil-society': l(
    'Азаматтық қоғамды және ҮЕҰ әлеуетін дамыту',
    'Развитие гражданского общества и потенциала НПО',
    'Civil society and NGO capacity development',
  ),
  other: l(
    'Өзге де әлеуметтік маңызы бар бағыттар',
    'Иные социально значимые направления',
    'Other socially significant areas',
  ),
};

export const areas: readonly Area[] = Object.freeze(
  areaCodes.map((code) => Object.freeze({ code, name: names[code] })),
);

const byCode = new Map<string, Area>(areas.map((a) => [a.code, a]));

export function isAreaCode(code: string): code is AreaCode {
  return byCode.has(code);
}

/** The area with this code, or undefined for an unknown code. */
export function areaByCode(code: string): Area | undefined {
  return byCode.get(code);
}
