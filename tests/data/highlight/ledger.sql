-- Double-entry ledger: every journal entry balances to zero.
CREATE TABLE postings (
    id          BIGINT PRIMARY KEY,
    journal_id  UUID NOT NULL REFERENCES journals (id),
    account_id  BIGINT NOT NULL,
    amount      NUMERIC(18, 2) NOT NULL,   /* minor units */
    memo        TEXT DEFAULT 'n/a',
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT now()
);

SELECT journal_id, sum(amount) AS imbalance
  FROM postings
 WHERE created_at > '2024-01-01' AND amount <> 0
 GROUP BY journal_id
HAVING sum(amount) != 0;
