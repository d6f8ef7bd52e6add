namespace Catalog.Speech.Tests.Support;

/// <summary>The Test shape in every quantization whisper.cpp runs, by preset name.</summary>
public static class QuantizedShapes
{
    public static TheoryData<string> Names => ["test-q4_0", "test-q4_1", "test-q5_0", "test-q5_1", "test-q8_0"];
}
