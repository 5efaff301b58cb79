using System.Reflection;
using System.Runtime.InteropServices;

[assembly: AssemblyTitle("Cemetery.WebService")]
[assembly: AssemblyDescription("公墓管理系统接口")]
[assembly: AssemblyCompany("福寿园")]
[assembly: AssemblyProduct("Cemetery.WebService")]
[assembly: AssemblyCopyright("Copyright © 2015")]
[assembly: ComVisible(false)]
[assembly: Guid("7b3e1c52-9a4d-4f1e-8c2b-5d6e7f8a9b01")]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]
