"""Set the local Neo4j's password on first start (the store begins with neo4j/neo4j, expired)."""

import sys

from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ClientError

URI = "bolt://127.0.0.1:7687"


def main(password: str) -> int:
    try:
        with GraphDatabase.driver(URI, auth=("neo4j", password)) as driver:
            driver.verify_connectivity()
            return 0  # already set
    except AuthError:
        pass
    try:
        with GraphDatabase.driver(URI, auth=("neo4j", "neo4j")) as driver:
            driver.execute_query(
                "ALTER CURRENT USER SET PASSWORD FROM $old TO $new",
                old="neo4j", new=password, database_="system",
            )
    except (AuthError, ClientError) as exc:
        print(f"neo4j-start: could not set the password of user neo4j: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
