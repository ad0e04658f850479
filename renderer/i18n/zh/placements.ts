export const placements = {
  tabs: { companies: '企业名录' },
  companies: {
    title: '企业名录',
    hint: '实习单位和就业单位共用一个名录。同一家企业只录一次：名称写法不同（全角半角括号、空格）或统一社会信用代码相同的，系统会提示已有的那一家。',
    create: '新增企业',
    edit: '编辑企业',
    search: '名称、信用代码或城市',
    empty: '名录中还没有企业',
    none: '没有符合条件的企业',
    more: '共 {{total}} 家，只列出前 {{shown}} 家，请输入更多字缩小范围',
  },
  fields: {
    name: '企业名称',
    creditCode: '统一社会信用代码',
    industry: '行业',
    province: '省份',
    city: '城市',
    contactName: '联系人',
    contactPhone: '联系电话',
    notes: '备注',
  },
};
