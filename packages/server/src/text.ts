// Accent- and case-insensitive matching (users type "Tay Ninh" and expect "Tây Ninh") is the domain's
// rule; the server only adds what SQL needs (db/like.ts).
export { foldVietnamese as fold } from '@dvcq/domain';
