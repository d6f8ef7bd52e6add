namespace Catalog.Import;

/// <summary>Turns the paths given on the command line into the files to import, in a stable order.</summary>
public static class ImportInputs
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var inFolder = Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal).ToList();
                if (inFolder.Count == 0)
                {
                    throw new FileNotFoundException($"{path} holds no .json files.");
                }

                files.AddRange(inFolder);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new FileNotFoundException($"{path} does not exist.");
            }
        }

        return files.Select(Path.GetFullPath).Distinct().ToList();
    }
}
