import { l, type Localized } from './localized.ts';
import type { AreaCode } from './areas.ts';

/**
 * The 17 UN Sustainable Development Goals (Agenda 2030), short names as used by the UN in Russian
 * and English and by the Bureau of National Statistics' SDG platform in Kazakh.
 */
export interface Sdg {
  readonly goal: number;
  readonly name: Localized;
  /** Areas of activity (reference/areas.ts) whose projects, initiatives and opportunities contribute to it. */
  readonly areas: readonly AreaCode[];
}

const AREA_GOALS: Readonly<Record<AreaCode, readonly number[]>> = {
  'education-science-sport': [4, 3],
  health: [3],
  environment: [13, 15, 14, 6, 7, 12],
  youth: [4, 8],
  'vulnerable-groups': [1, 10],
  disability: [10, 8],
  'family-children': [1, 2, 3],
  'gender-equality': [5],
  culture: [11],
  'interethnic-accord': [16],
  'human-rights': [16, 10],
  'consumer-rights': [12],
  'rural-development': [2, 8, 11, 6],
  veterans: [3, 10],
  volunteering: [17],
  charity: [1, 17],
  'civic-monitoring': [16],
  'anti-corruption': [16],
  'social-entrepreneurship': [8, 9],
  'animal-welfare': [15],
  'civil-society': [16, 17],
  other: [],
};

const NAMES: readonly Localized[] = [
  l('Кедейлікті жою', 'Ликвидация нищеты', 'No poverty'),
  l('Аштықты жою', 'Ликвидация голода', 'Zero hunger'),
  l('Денсаулық және әл-ауқат', 'Хорошее здоровье и благополучие', 'Good health and well-being'),
  l('Сапалы білім', 'Качественное образование', 'Quality education'),
  l('Гендерлік теңдік', 'Гендерное равенство', 'Gender equality'),
  l('Таза су және санитария', 'Чистая вода и санитария', 'Clean water and sanitation'),
  l('Қолжетімді және таза энергия', 'Недорогостоящая и чистая энергия', 'Affordable and clean energy'),
  l('Лайықты жұмыс және экономикалық өсу', 'Достойная работа и экономический рост', 'Decent work and economic growth'),
  l(
    'Индустрияландыру, инновациялар және инфрақұрылым',
    'Индустриализация, инновации и инфраструктура',
    'Industry, innovation and infrastructure',
  ),
  l('Теңсіздікті азайту', 'Уменьшение неравенства', 'Reduced inequalities'),
  l('Тұрақты қалалар мен елді мекендер', 'Устойчивые города и населённые пункты', 'Sustainable cities and communities'),
  l(
    'Жауапты тұтыну және өндіріс',
    'Ответственное потребление и производство',
    'Responsible consumption and production',
  ),
  l('Климаттың өзгеруіне қарсы күрес', 'Борьба с изменением климата', 'Climate action'),
  l('Теңіз экожүйелерін сақтау', 'Сохранение морских экосистем', 'Life below water'),
  l('Құрлық экожүйелерін сақтау', 'Сохранение экосистем суши', 'Life on land'),
  l(
    'Бейбітшілік, сот төрелігі және тиімді институттар',
    'Мир, правосудие и эффективные институты',
    'Peace, justice and strong institutions',
  ),
  l(
    'Тұрақты даму мүддесіндегі әріптестік',
    'Партнёрство в интересах устойчивого развития',
    'Partnerships for the goals',
  ),
];

export const sdgs: readonly Sdg[] = Object.freeze(
  NAMES.map((name, i) =>
    Object.freeze({
      goal: i + 1,
      name,
      areas: Object.freeze((Object.keys(AREA_GOALS) as AreaCode[]).filter((a) => AREA_GOALS[a].includes(i + 1))),
    }),
  ),
);

export function sdgByGoal(goal: number): Sdg | undefined {
  return sdgs[goal - 1];
}

/** The goals an area of activity contributes to, most direct first. */
export function sdgsOfArea(area: string): readonly number[] {
  return AREA_GOALS[area as AreaCode] ?? [];
}
