namespace Catalog.Data.LocalPostgres;

/// <summary>The private PostgreSQL cluster could not be set up or started; the message says why.</summary>
public sealed class LocalPostgresException : Exception
{
    public LocalPostgresException(string message)
        : base(message)
    {
    }

    public LocalPostgresException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LocalPostgresException()
    {
    }
}
