/**
 * Banned-topic categories checked at moderation (reference data of the module, three languages).
 * An initiative on one of these is rejected, and the category and the moderator's reason are
 * shown on its public page. Codes are stable: they are stored with the decision.
 */
import { l, type Localized } from '../../reference/index.ts';

export interface BannedTopic {
  readonly code: string;
  readonly name: Localized;
}

export const BANNED_TOPICS: readonly BannedTopic[] = Object.freeze([
  {
    code: 'constitutional_order',
    name: l(
      'Конституциялық құрылысты күштеп өзгерту, аумақтық тұтастықты бұзу',
      'Насильственное изменение конституционного строя, нарушение территориальной целостности',
      'Violent change of the constitutional order, violation of territorial integrity',
    ),
  },
  {
    code: 'extremism',
    name: l(
      'Зорлық-зомбылықты, терроризмді, экстремизмді насихаттау',
      'Пропаганда насилия, терроризма, экстремизма',
      'Propaganda of violence, terrorism or extremism',
    ),
  },
  {
    code: 'discord',
    name: l(
      'Әлеуметтік, нәсілдік, ұлттық, діни, тектік-топтық араздықты қоздыру',
      'Разжигание социальной, расовой, национальной, религиозной, сословной или родовой розни',
      'Inciting social, racial, national, religious, class or clan discord',
    ),
  },
  {
    code: 'courts',
    name: l(
      'Сот пен құқық қорғау органдарының нақты істер бойынша шешімдері',
      'Решения судов и правоохранительных органов по конкретным делам',
      'Decisions of courts and law enforcement in specific cases',
    ),
  },
  {
    code: 'security',
    name: l(
      'Ұлттық қауіпсіздік, қорғаныс және мемлекеттік құпиялар',
      'Национальная безопасность, оборона и государственные секреты',
      'National security, defence and state secrets',
    ),
  },
  {
    code: 'personal',
    name: l(
      'Басқа адамдардың дербес деректері, қорлау, жала жабу',
      'Персональные данные других лиц, оскорбления, клевета',
      'Other people’s personal data, insults, defamation',
    ),
  },
  { code: 'advertising', name: l('Коммерциялық жарнама', 'Коммерческая реклама', 'Commercial advertising') },
  { code: 'obscene', name: l('Әдепсіз сөздер', 'Нецензурная брань', 'Obscene language') },
  {
    code: 'competence',
    name: l(
      'Мәселе адресаттың құзыретіне жатпайды',
      'Вопрос не относится к компетенции адресата',
      'The matter is outside the addressee’s competence',
    ),
  },
]);

export const BANNED_TOPIC_CODES = BANNED_TOPICS.map((t) => t.code);
export const bannedTopic = (code: string | null | undefined) => BANNED_TOPICS.find((t) => t.code === code);
