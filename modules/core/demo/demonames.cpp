#include "demonames.h"

namespace Crm::DemoNames {

namespace {
QStringList split(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}
} // namespace

// Proper names and place names are data, not user interface text.
const Language &chinese()
{
    static const Language l{
        split("上海|北京|深圳|广州|杭州|苏州|南京|成都|武汉|重庆|天津|西安|宁波|青岛|厦门|长沙|郑州|东莞|佛山|无锡"),
        split("上海|北京|广东|广东|浙江|江苏|江苏|四川|湖北|重庆|天津|陕西|浙江|山东|福建|湖南|河南|广东|广东|江苏"),
        split("王|李|张|刘|陈|杨|黄|赵|吴|周|徐|孙|马|朱|胡|郭|何|高|林|罗|郑|梁|谢|宋|唐|许|韩|冯|邓|曹"),
        split("伟|芳|娜|敏|静|丽|强|磊|军|洋|勇|艳|杰|娟|涛|明|超|秀英|霞|平|刚|桂英|建华|志强|晓东|海燕|文博|思远|"
              "子涵|雨轩"),
        split("华为|小米|联想|海尔|美的|格力|长城|中兴|恒通|鑫达|瑞丰|宏远|金鼎|永盛|华信|天成|东方|新源|博雅|汇通|"
              "锦程|万达|正泰|德力|安捷|普瑞|佳禾|盛世|鼎盛|中科"),
        split("技术|贸易|电子|机械|科技|实业|物流|食品|化工|建材|医疗器械|软件|纺织|五金|包装"),
        split("有限公司|股份有限公司|有限责任公司|集团有限公司|有限公司"),
        split("总经理|采购经理|销售总监|财务主管|技术工程师|采购员|仓库主管|行政助理"),
        QString::fromUtf8("中国")};
    return l;
}

const Language &english()
{
    static const Language l{
        split("London|Manchester|New York|Chicago|Toronto|Sydney|Singapore|Boston|Seattle|Dublin"),
        split("England|England|New York|Illinois|Ontario|New South Wales|Singapore|Massachusetts|Washington|Leinster"),
        split("Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Taylor|Clark|Lewis|Walker|Hall|Young|King"),
        split("James|Mary|John|Patricia|Robert|Jennifer|Michael|Linda|David|Emma|Oliver|Sophia|Daniel|Grace|Thomas"),
        split("Acme|Summit|Pioneer|Atlas|Beacon|Crescent|Evergreen|Harbor|Keystone|Liberty|Northwind|Orion|Sterling|"
              "Union|Vertex"),
        split("Trading|Technologies|Supplies|Industries|Logistics|Foods|Electronics|Machinery|Systems|Packaging"),
        split("Co., Ltd.|Inc.|Ltd.|LLC|Corp.|Limited"),
        split("Purchasing Manager|Sales Director|CFO|Engineer|Buyer|Warehouse Lead|Office Manager|CEO"),
        QStringLiteral("United Kingdom")};
    return l;
}

const Language &spanish()
{
    static const Language l{
        split("Madrid|Barcelona|Valencia|Sevilla|Bilbao|Zaragoza|Málaga|Ciudad de México|Bogotá|Buenos Aires"),
        split("Madrid|Cataluña|Comunidad Valenciana|Andalucía|País Vasco|Aragón|Andalucía|CDMX|Cundinamarca|Buenos "
              "Aires"),
        split("García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Martín|Jiménez|Ruiz|Hernández|"
              "Díaz|Moreno"),
        split("Antonio|María|Manuel|Carmen|José|Ana|Francisco|Laura|David|Lucía|Javier|Marta|Carlos|Elena|Pablo"),
        split("Distribuciones|Suministros|Comercial|Industrias|Talleres|Transportes|Construcciones|Alimentación|"
              "Servicios|Importaciones"),
        split("Ibérica|del Norte|del Sur|Levante|Atlántico|Mediterráneo|Central|Global|Hermanos|Integral"),
        split("S.A.|S.L.|S.L.U.|S.A. de C.V.|S.R.L."),
        split("Director de Compras|Jefe de Ventas|Contable|Ingeniero|Comprador|Jefe de Almacén|Gerente|Administrativo"),
        QString::fromUtf8("España")};
    return l;
}

QStringList productNouns()
{
    return split("不锈钢螺栓|六角螺母|轴承|齿轮泵|电磁阀|传感器|电源模块|继电器|液压缸|密封圈|Cable assembly|LED panel|"
                 "Control board|Servo motor|Válvula de bola|Bomba centrífuga|Filtro de aire|Interruptor|编码器|变频器");
}

QStringList productMaterials()
{
    return split("304|316L|碳钢|铝合金|ABS|Nylon|Brass|Acero|PVC|铜");
}

QStringList productSpecs()
{
    return split("M8×30|M10×40|6204-2RS|DN25|DN50|24V DC|220V AC|IP67|Φ50×100|5 m|10 A|1.5 kW|0-10 bar|4-20 mA|1/2\"");
}

} // namespace Crm::DemoNames
