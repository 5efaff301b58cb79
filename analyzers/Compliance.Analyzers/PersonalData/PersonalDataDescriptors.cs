namespace Compliance.Analyzers.PersonalData
{
    using System.Resources;

    /// <summary>
    /// The pii theme (CMP3xxx): descriptors are generated from rules/diagnostics (PersonalDataDescriptors.g.cs);
    /// CMP3900 is hidden (collected by the CLI into the personal-data inventory), CMP399x are observations.
    /// </summary>
    internal static partial class PersonalDataDescriptors
    {
        /// <summary>The code fix's title (PersonalDataResources(.zh-Hans).resx).</summary>
        internal static readonly ResourceManager Resources =
            new ResourceManager("Compliance.Analyzers.PersonalData.PersonalDataResources", typeof(PersonalDataDescriptors).Assembly);
    }
}
