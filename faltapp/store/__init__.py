"""The one door to the database: SQLCipher, migrations, versioned records, queries. No Qt."""
