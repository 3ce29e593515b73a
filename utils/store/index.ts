/** The store: Dexie database, its operations and the request handlers the background serves. */
export { PanelistDb, DEFAULT_DB_NAME, SCHEMA_VERSIONS, withReopen, type KitRecord, type SettingRecord } from './database';
export { storeContext, type StoreContext } from './context';
export { StoreFailure, toStoreFailure, LOCKED_MESSAGE } from './errors';
export { createStoreHandlers, touchesReminders } from './handlers';
export { seedBuiltinKits } from './kits';
export { serveLivePort } from './live';
export { reminderState } from './reminders';
