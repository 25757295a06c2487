/// <reference types="@gongyi/widgets/vue" />
