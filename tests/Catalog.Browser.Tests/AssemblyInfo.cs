using Catalog.Testing;

[assembly: AssemblyFixture(typeof(PostgresFixture))]
