#!/bin/bash
# Run once by the MariaDB image when its data volume is new (/docker-entrypoint-initdb.d), as a DBA
# would set up production: the schema owner (the migrations run as it, and it grants the application
# its rights at every start, platform.control.DatabaseGrants) and the application's account, given
# here only the right to read, which it needs to connect before the owner's grants.
set -eu
mariadb -uroot -p"${MARIADB_ROOT_PASSWORD}" <<SQL
CREATE USER IF NOT EXISTS 'xxgk_owner'@'%' IDENTIFIED BY '${XXGK_DB_OWNER_PASSWORD}';
GRANT ALL PRIVILEGES ON \`${MARIADB_DATABASE}\`.* TO 'xxgk_owner'@'%' WITH GRANT OPTION;
CREATE USER IF NOT EXISTS 'xxgk'@'%' IDENTIFIED BY '${XXGK_DB_PASSWORD}';
GRANT SELECT ON \`${MARIADB_DATABASE}\`.* TO 'xxgk'@'%';
SQL
