using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Catalog.Core.Titles;

namespace Catalog.Data.Titles;

/// <summary>A hash of everything a record says, so a re-import can skip titles that did not change.</summary>
internal static class TitleContentHash
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static byte[] Compute(TitleRecord record) =>
        SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(record, Options));
}
