-- Single sign-on through the organisation's OpenID Connect provider (issue 15).

-- The identity an account has at the provider: the value of the claim the admin matches on (the subject "sub", or
-- Entra ID's object id "oid"), set by the admin on the account form. One account per identity.
alter table account add column external_id varchar(255);
create unique index account_external_id_unique on account (external_id);

-- Matching by e-mail address compares case-insensitively.
create index account_email_lower on account (lower(email));

-- Someone the app did not know who signed in at the provider, when the app is set to keep them: an account without
-- a role and without a password, inactive until an admin gives it a role and teams. Never a role by default.
alter table account add column waiting boolean not null default false;
alter table account alter column role drop not null;
alter table account alter column password_hash drop not null;
alter table account add constraint account_active_has_role check (role is not null or not active);
alter table account add constraint account_waiting_inactive check (not waiting or not active);
