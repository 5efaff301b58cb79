using System.Reflection;
using System.Runtime.InteropServices;

[assembly: AssemblyTitle("小太阳幼儿园管理系统")]
[assembly: AssemblyCompany("小太阳教育")]
[assembly: AssemblyProduct("KinderDesk")]
[assembly: ComVisible(false)]
[assembly: Guid("3d9a71c4-5b2e-4f80-9c61-a7e2d4b05f13")]
[assembly: AssemblyVersion("3.2.0.0")]
[assembly: AssemblyFileVersion("3.2.0.0")]
