using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Catalog.Data.LocalPostgres;

/// <summary>
/// A private PostgreSQL cluster made from the machine's binaries: initdb on first use, pg_ctl
/// start on a free loopback port, pg_ctl stop on dispose. A cluster that is already running in
/// the same folder (the web app while the tool imports) is joined, and left running.
/// </summary>
public sealed class LocalPostgresCluster : IAsyncDisposable
{
    private const string SuperUser = "catalog";
    private readonly LocalPostgresOptions _options;
    private readonly PostgresBinaries _binaries;
    private readonly string? _runAsUser;
    private readonly ILogger _logger;
    private bool _owned;

    private LocalPostgresCluster(LocalPostgresOptions options, PostgresBinaries binaries, string? runAsUser, ILogger logger)
    {
        _options = options;
        _binaries = binaries;
        _runAsUser = runAsUser;
        _logger = logger;
        DataDirectory = Path.GetFullPath(options.DataDirectory ?? DefaultDataDirectory());
    }

    public string DataDirectory { get; }

    public string ConnectionString { get; private set; } = string.Empty;

    public int Port { get; private set; }

    public static async Task<LocalPostgresCluster> StartAsync(
        LocalPostgresOptions options, ILogger logger, CancellationToken cancellationToken = default)
    {
        var binaries = PostgresBinaries.Locate(options.BinDirectory);
        var runAsUser = string.Equals(Environment.UserName, "root", StringComparison.Ordinal) ? "postgres" : null;
        var cluster = new LocalPostgresCluster(options, binaries, runAsUser, logger);
        try
        {
            await cluster.StartCoreAsync(cancellationToken);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>The repository root's <c>.data/postgres</c>, else the current folder's.</summary>
    public static string DefaultDataDirectory()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Catalog.sln")))
            {
                return Path.Combine(dir.FullName, ".data", "postgres");
            }
        }

        return Path.Combine(Directory.GetCurrentDirectory(), ".data", "postgres");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_owned)
        {
            return;
        }

        _owned = false;
        NpgsqlConnection.ClearAllPools();
        try
        {
            await ProcessRunner.RunAsync(
                _binaries.PgCtl, ["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", "60"], _runAsUser, CancellationToken.None);
            _logger.LogInformation("Stopped the private PostgreSQL cluster in {DataDirectory}", DataDirectory);
        }
        catch (LocalPostgresException ex)
        {
            _logger.LogWarning(ex, "Could not stop the private PostgreSQL cluster in {DataDirectory}", DataDirectory);
        }

        if (_options.Ephemeral)
        {
            Directory.Delete(DataDirectory, recursive: true);
            File.Delete(PasswordFile);
        }
    }

    private string PasswordFile => DataDirectory + ".password";

    private string LogFile => Path.Combine(DataDirectory, "server.log");

    private async Task StartCoreAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            await InitializeAsync(cancellationToken);
        }

        var password = await File.ReadAllTextAsync(PasswordFile, cancellationToken);
        var runningPort = RunningPostmasterPort();
        if (runningPort is { } port)
        {
            Port = port;
            _logger.LogInformation("Joining the private PostgreSQL cluster already running in {DataDirectory} on port {Port}", DataDirectory, Port);
        }
        else
        {
            Port = _options.Port != 0 ? _options.Port : FreeLoopbackPort();
            await ProcessRunner.RunAsync(_binaries.PgCtl, StartArguments(), _runAsUser, cancellationToken);
            _owned = true;
            _logger.LogInformation("Started a private PostgreSQL cluster in {DataDirectory} on 127.0.0.1:{Port}", DataDirectory, Port);
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = SuperUser,
            Password = password.Trim(),
            Database = "postgres",
        };
        await EnsureDatabaseAsync(builder.ConnectionString, _options.Database, cancellationToken);
        builder.Database = _options.Database;
        ConnectionString = builder.ConnectionString;
    }

    private List<string> StartArguments()
    {
        var settings = $"-c listen_addresses=127.0.0.1 -p {Port} -c unix_socket_directories=''";
        if (_options.Ephemeral)
        {
            settings += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        }

        return ["start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", "60", "-o", settings];
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(DataDirectory);
        if (Directory.EnumerateFileSystemEntries(DataDirectory).Any())
        {
            throw new LocalPostgresException(
                $"{DataDirectory} is not empty but holds no PostgreSQL cluster; move it away or set LocalPostgres:DataDirectory.");
        }

        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        await File.WriteAllTextAsync(PasswordFile, password, cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(PasswordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        // initdb reads the password from a file; it must be readable by the user initdb runs as.
        var initPasswordFile = Path.Combine(Path.GetTempPath(), $"catalog-pw-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(initPasswordFile, password, cancellationToken);
        try
        {
            if (_runAsUser is not null)
            {
                await ProcessRunner.ChangeOwnerAsync(DataDirectory, _runAsUser, cancellationToken);
                await ProcessRunner.ChangeOwnerAsync(initPasswordFile, _runAsUser, cancellationToken);
            }

            await ProcessRunner.RunAsync(
                _binaries.InitDb,
                ["-D", DataDirectory, "-U", SuperUser, "--pwfile", initPasswordFile, "--auth=scram-sha-256",
                 "--encoding=UTF8", "--no-locale", "--no-instructions"],
                _runAsUser,
                cancellationToken);
            _logger.LogInformation("Created a private PostgreSQL cluster in {DataDirectory}", DataDirectory);
        }
        catch
        {
            // A half-made cluster would fail every later start with a less helpful message.
            Directory.Delete(DataDirectory, recursive: true);
            File.Delete(PasswordFile);
            throw;
        }
        finally
        {
            File.Delete(initPasswordFile);
        }
    }

    /// <summary>The port of a live postmaster in our folder, from postmaster.pid; null if none.</summary>
    private int? RunningPostmasterPort()
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return null;
        }

        var lines = File.ReadAllLines(pidFile);
        if (lines.Length < 4 || !int.TryParse(lines[0], out var pid) || !int.TryParse(lines[3], out var port))
        {
            return null;
        }

        return Directory.Exists($"/proc/{pid}") ? port : null;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task EnsureDatabaseAsync(string adminConnectionString, string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.Add(new NpgsqlParameter { Value = database });
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            // CREATE DATABASE takes no parameters; the name is quoted as an identifier instead.
            await using var create = new NpgsqlCommand($"CREATE DATABASE {QuoteIdentifier(database)}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    internal static string QuoteIdentifier(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
