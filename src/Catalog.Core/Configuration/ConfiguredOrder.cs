namespace Catalog.Core.Configuration;

/// <summary>
/// A list of names from configuration read as an order of enum values ("Cuda", "Cpu"): case-blind,
/// first mention wins, and an unknown name fails at start with the setting and the known names.
/// </summary>
public static class ConfiguredOrder
{
    /// <param name="setting">The setting's full name, for the message ("Embedding:ExecutionProviders").</param>
    /// <param name="what">What each name should be, for the message ("an execution provider").</param>
    public static List<TEnum> Parse<TEnum>(IEnumerable<string>? names, string setting, string what, string paramName)
        where TEnum : struct, Enum
    {
        var order = new List<TEnum>();
        foreach (var name in names ?? [])
        {
            // Enum.TryParse also takes numbers ("1"), which no one means in a settings file.
            if (string.IsNullOrWhiteSpace(name) || char.IsDigit(name.Trim()[0])
                || !Enum.TryParse<TEnum>(name.Trim(), ignoreCase: true, out var value) || !Enum.IsDefined(value))
            {
                throw new ArgumentException(
                    $"{setting} names \"{name}\", which is not {what}; known ones are {string.Join(", ", Enum.GetNames<TEnum>())}.", paramName);
            }

            if (!order.Contains(value))
            {
                order.Add(value);
            }
        }

        return order;
    }
}
