/**
 * @peculiar/x509 resolves its algorithm providers through tsyringe, which refuses to load unless
 * the Reflect metadata API exists. `reflect-metadata` supplies it; import this module before
 * `@peculiar/x509` (every file of this folder does).
 */
import 'reflect-metadata';
