/// <reference types="@gongyi/widgets/react" />
