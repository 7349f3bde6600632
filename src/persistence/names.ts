// The database's name, apart from db.ts so that code which must not load Dexie can use it.
export const DATABASE_NAME = 'ninefold';
