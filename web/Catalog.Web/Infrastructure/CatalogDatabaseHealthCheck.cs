using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Catalog.Web.Infrastructure;

/// <summary>Ready means the catalog database is open and answers a query.</summary>
internal sealed class CatalogDatabaseHealthCheck(CatalogDatabaseHost database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!database.IsOpen)
        {
            return HealthCheckResult.Unhealthy("The catalog database is not open.");
        }

        try
        {
            await using var command = database.DataSource.CreateCommand("SELECT count(*) FROM schema_migration");
            var migrations = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            return HealthCheckResult.Healthy($"{migrations} migrations applied.");
        }
        catch (NpgsqlException ex)
        {
            return HealthCheckResult.Unhealthy("The catalog database does not answer.", ex);
        }
    }
}
