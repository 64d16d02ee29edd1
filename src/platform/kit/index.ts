/**
 * The module kit: what every module is written with. Commands as declarations (`commandsFor`),
 * one lifecycle type, routes as declarations (`routesFor`), page types. See docs/module-guide.md.
 */
export { STATUS_OF, ok, reasons } from './result.ts';
export type { Failure, FailureKind, ReasonOf, ReasonTable, Result, Verdict } from './result.ts';
export { commandsFor } from './command.ts';
export type { AuditNote, Command, CommandContext, CommandDef, Trx } from './command.ts';
export { lifecycle } from './lifecycle.ts';
export type { EventOf, Lifecycle, StateOf } from './lifecycle.ts';
export { FORM_ERROR, formValues, LANG, routesFor } from './routes.tsx';
export type { Back, FileSpec, FormState, Next } from './routes.tsx';
export {
  ActionForm,
  DetailPage,
  Fields,
  FormPage,
  ListPage,
  MessagePage,
  RadioGroup,
  Section,
  StatusTag,
} from './pages.tsx';
export type { FieldSpec, HistoryItem } from './pages.tsx';
