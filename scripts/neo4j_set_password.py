"""Set the local Neo4j's password on first start (the store begins with neo4j/neo4j, expired).

With `--mark FILE` (a server started for the test suite): write a fresh token into the
server as a (:KgbuildTestServer {token}) node and into FILE. The tests touch a server only
when the two agree, so they can never wipe a user's database.
"""

import secrets
import sys
from pathlib import Path

from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ClientError


def set_password(uri: str, password: str) -> int:
    try:
        with GraphDatabase.driver(uri, auth=("neo4j", password)) as driver:
            driver.verify_connectivity()
            return 0  # already set
    except AuthError:
        pass
    try:
        with GraphDatabase.driver(uri, auth=("neo4j", "neo4j")) as driver:
            driver.execute_query(
                "ALTER CURRENT USER SET PASSWORD FROM $old TO $new",
                old="neo4j", new=password, database_="system",
            )
    except (AuthError, ClientError) as exc:
        print(f"neo4j-start: could not set the password of user neo4j: {exc}", file=sys.stderr)
        return 1
    return 0


def mark(uri: str, password: str, path: Path) -> int:
    token = secrets.token_hex(16)
    with GraphDatabase.driver(uri, auth=("neo4j", password)) as driver:
        driver.execute_query("MATCH (m:KgbuildTestServer) DELETE m")
        driver.execute_query("CREATE (:KgbuildTestServer {token: $token})", token=token)
    path.write_text(token + "\n", "utf-8")
    return 0


def main(argv: list[str]) -> int:
    password = argv[0]
    uri = argv[1] if len(argv) > 1 and not argv[1].startswith("--") else "bolt://127.0.0.1:7687"
    if "--mark" in argv:
        return mark(uri, password, Path(argv[argv.index("--mark") + 1]))
    return set_password(uri, password)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
