export { importRegistry, type RegistryImportSummary } from './import-registry.ts';
export { generateKeyFile, keyIdOf, publicJwkProblem, type PrivateKeyFile, type PublicJwk } from './keys.ts';
export * from './queries.ts';
export * from './registry-file.ts';
export { revokeKey, listKeys, registerKey, type KeyListing, type KeyRegistration } from './keys-admin.ts';
export { listParties, partyDetail, type PartySummary, type PartyDetail, type PartyQuery } from './list-parties.ts';
