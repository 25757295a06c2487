// How long a personal contact is kept (PIPL: no longer than its purpose needs). A donor's contact
// serves to confirm the payment and a claimer's to arrange the wish; 180 days after that business
// is settled the contact is deleted by the cron (the forms say so in one line). A donation is
// settled when confirmed, cancelled or refunded; a claim when released, or when its wish was
// fulfilled. A claim's contact column may not be empty, so it becomes a dash.
export const CONTACT_RETENTION_DAYS = 180;

/** Deletes the contacts whose retention ended; answers how many of each. */
export async function forgetExpiredContacts(
  db: D1Database,
  now = new Date(),
): Promise<{ donations: number; claims: number }> {
  const cutoff = new Date(now.getTime() - CONTACT_RETENTION_DAYS * 86_400_000).toISOString();
  const [donations, claims] = await db.batch([
    db
      .prepare(
        `UPDATE donations SET contact = NULL
          WHERE contact IS NOT NULL AND status <> 'pending'
            AND COALESCE(refunded_at, cancelled_at, confirmed_at) < ?1`,
      )
      .bind(cutoff),
    db
      .prepare(
        `UPDATE wish_claims SET contact = '-'
          WHERE contact <> '-' AND (
            (status = 'released' AND released_at < ?1)
            OR (status = 'fulfilled' AND (SELECT fulfilled_at FROM wishes w WHERE w.id = wish_claims.wish_id) < ?1))`,
      )
      .bind(cutoff),
  ]);
  return { donations: donations?.meta.changes ?? 0, claims: claims?.meta.changes ?? 0 };
}
