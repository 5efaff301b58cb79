using System;
using System.Web;
using System.Web.Http;
using log4net;
using log4net.Config;

namespace LexSign.Web
{
    public class WebApiApplication : HttpApplication
    {
        private static readonly ILog Log = LogManager.GetLogger(typeof(WebApiApplication));

        protected void Application_Start()
        {
            XmlConfigurator.ConfigureAndWatch(new System.IO.FileInfo(Server.MapPath("~/log4net.config")));
            GlobalConfiguration.Configure(WebApiConfig.Register);
            Log.Info("LexSign started");
        }

        protected void Application_Error(object sender, EventArgs e)
        {
            var ex = Server.GetLastError();
            var req = HttpContext.Current?.Request;
            Log.Error("Unhandled error on " + req?.RawUrl + " form=" + req?.Form, ex);
        }
    }
}
