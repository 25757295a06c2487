-- How a donor pays the demo campaigns offline: the organisations' payment account, shown with the
-- reference to quote after a pledge. DEMO VALUES, made up and marked as such in the text itself:
-- no such account exists, nobody should transfer money to it. Without them the thank-you could
-- only say "ask the organisation" (worker/payments/offline.ts) and the console warns staff
-- (missingForPayment). Idempotent: only an organisation with no account on record gets one.
UPDATE organisations
   SET payment_account = '【演示数据，请勿转账】户名：湖南省慈善总会；开户行：演示银行长沙分行；账号：6200 0000 0000 0430 001'
 WHERE id = 'hunan-mzt' AND payment_account IS NULL;
UPDATE organisations
   SET payment_account = '【演示数据，请勿转账】户名：益阳市慈善总会；开户行：演示银行益阳分行；账号：6200 0000 0000 0439 002'
 WHERE id = 'yiyang-mzj' AND payment_account IS NULL;
