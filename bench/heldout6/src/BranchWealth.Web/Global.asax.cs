using System.Web;
using System.Web.Http;
using System.Web.Mvc;
using System.Web.Routing;
using BranchWealth.Services;

namespace BranchWealth;

public class MvcApplication : HttpApplication
{
    protected void Application_Start()
    {
        AreaRegistration.RegisterAllAreas();
        GlobalConfiguration.Configure(App_Start.WebApiConfig.Register);
        RouteTable.Routes.MapRoute("Default", "{controller}/{action}/{id}", new { controller = "Customer", action = "Index", id = UrlParameter.Optional });
        LogHelper.WriteLog("APP", "started");
    }

    protected void Application_Error()
    {
        var ex = Server.GetLastError();
        var form = Request.Form.ToString();
        LogHelper.WriteLog("ERROR", $"{Request.RawUrl} form={form} {ex}");
    }
}
