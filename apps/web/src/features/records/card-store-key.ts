/** Where the last BHYT card seen is kept on the device (lib/personal-store.ts, per account). */
export const CARD_STORE = 'bhyt-card';
