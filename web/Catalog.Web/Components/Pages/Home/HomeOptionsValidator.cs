using Microsoft.Extensions.Options;

namespace Catalog.Web.Components.Pages.Home;

/// <summary>A misconfigured row stops the start with a message naming it, rather than a home page that silently lacks it.</summary>
internal sealed class HomeOptionsValidator : IValidateOptions<HomeOptions>
{
    public ValidateOptionsResult Validate(string? name, HomeOptions options)
    {
        var problems = options.Rows.Select((row, i) => row.Problem(i)).OfType<string>().ToList();
        if (options.TitlesPerRow is < 1 or > 100)
        {
            problems.Add("Home:TitlesPerRow is between 1 and 100.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
