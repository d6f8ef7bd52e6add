using Catalog.Speech;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Catalog.Web.Voice;

internal static class VoiceExtensions
{
    /// <summary>The speech model (loaded once, at start-up, when configured and valid) and voice search over it.</summary>
    public static IHostApplicationBuilder AddCatalogVoice(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<SpeechOptions>(builder.Configuration.GetSection(SpeechOptions.SectionName));
        builder.Services.AddOptions<VoiceOptions>().Bind(builder.Configuration.GetSection(VoiceOptions.SectionName))
            .Validate(options => { options.Validate(); return true; }).ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SpeechHost>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SpeechHost>());
        builder.Services.AddSingleton<VoiceSearchService>();
        return builder;
    }
}
