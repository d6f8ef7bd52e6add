namespace Catalog.Cli.Commands;

/// <summary>A model could not be pulled; the message is the one line the command prints.</summary>
internal sealed class ModelPullException(string message) : Exception(message);
