-- Changes with the password: a session made before it ends at its next request, on every node.
alter table app_user add column security_stamp varchar(64);

-- Sessions kept the signed-in account whole, password hash included; they now keep no hash, in another form.
-- Everyone signs in once more after this upgrade.
delete from spring_session_attributes;
delete from spring_session;
