-- a presented token is found by its public prefix, then its hash compared in constant time
create index api_token_prefix on api_token (prefix);
