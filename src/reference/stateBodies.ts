import { l, type Localized } from './localized.ts';
import { regions, type RegionCode } from './regions.ts';

/**
 * State bodies that citizens and NGOs address: the Government, the ministry responsible for civil
 * society, the grant operator, and the akimat (executive) and maslikhat (representative body) of
 * each of the 20 regions. Codes are stable slugs (`akimat-<region>`, `maslikhat-<region>`) stored
 * in the database; the demo and a real installation load them into `state_bodies`.
 */
export type StateBodyKind = 'government' | 'ministry' | 'operator' | 'akimat' | 'maslikhat';

export interface StateBodyRef {
  readonly code: string;
  readonly kind: StateBodyKind;
  readonly name: Localized;
  /** null for national bodies. */
  readonly region: RegionCode | null;
}

/** "Абайская область" → "Абайской области", "г. Астана" → "города Астана" (Russian genitive). */
function ruGenitive(name: string): string {
  if (name.startsWith('г. ')) return `города ${name.slice(3)}`;
  return name.replace(/ая область$/, 'ой области');
}

/** "Абай облысы" → "Абай облысының", "Астана қаласы" → "Астана қаласының" (Kazakh genitive). */
const kkGenitive = (name: string) => `${name}ның`;

const national: StateBodyRef[] = [
  {
    code: 'government',
    kind: 'government',
    name: l(
      'Қазақстан Республикасының Үкіметі',
      'Правительство Республики Казахстан',
      'Government of the Republic of Kazakhstan',
    ),
    region: null,
  },
  {
    code: 'mip',
    kind: 'ministry',
    name: l(
      'Қазақстан Республикасы Ақпарат және қоғамдық даму министрлігі',
      'Министерство информации и общественного развития Республики Казахстан',
      'Ministry of Information and Social Development of the Republic of Kazakhstan',
    ),
    region: null,
  },
  {
    code: 'cscs',
    kind: 'operator',
    name: l(
      'Азаматтық бастамаларды қолдау орталығы',
      'Центр поддержки гражданских инициатив',
      'Civil Initiatives Support Centre',
    ),
    region: null,
  },
];

const regional: StateBodyRef[] = regions.flatMap((r) => [
  {
    code: `akimat-${r.code}`,
    kind: 'akimat' as const,
    name: l(`${kkGenitive(r.name.kk)} әкімдігі`, `Акимат ${ruGenitive(r.name.ru)}`, `Akimat of ${r.name.en}`),
    region: r.code,
  },
  {
    code: `maslikhat-${r.code}`,
    kind: 'maslikhat' as const,
    name: l(`${kkGenitive(r.name.kk)} мәслихаты`, `Маслихат ${ruGenitive(r.name.ru)}`, `Maslikhat of ${r.name.en}`),
    region: r.code,
  },
]);

export const stateBodies: readonly StateBodyRef[] = Object.freeze([...national, ...regional]);

export function stateBodyByCode(code: string): StateBodyRef | undefined {
  return stateBodies.find((b) => b.code === code);
}
