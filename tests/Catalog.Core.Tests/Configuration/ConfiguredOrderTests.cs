using Catalog.Core.Configuration;

namespace Catalog.Core.Tests.Configuration;

public sealed class ConfiguredOrderTests
{
    private enum Runtime
    {
        Cpu,
        Cuda,
    }

    [Fact]
    public void Names_are_read_in_order_case_blind_trimmed_and_once() =>
        Assert.Equal([Runtime.Cuda, Runtime.Cpu], ConfiguredOrder.Parse<Runtime>(["cuda", " Cpu ", "CUDA"], "X:Order", "a runtime", "order"));

    [Fact]
    public void Nothing_configured_is_an_empty_order() =>
        Assert.Empty(ConfiguredOrder.Parse<Runtime>(null, "X:Order", "a runtime", "order"));

    [Theory]
    [InlineData("Gpu")]
    [InlineData("1")]
    [InlineData(" ")]
    public void An_unknown_name_fails_naming_the_setting_and_the_known_names(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => ConfiguredOrder.Parse<Runtime>(["Cpu", name], "X:Order", "a runtime", "order"));

        Assert.Contains($"X:Order names \"{name}\", which is not a runtime; known ones are Cpu, Cuda.", error.Message);
        Assert.Equal("order", error.ParamName);
    }
}
